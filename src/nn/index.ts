export { ACTIVATIONS } from './types.js';
export type { Activation, Backward, DataPoint, Forward, Network, NetworkGradient } from './types.js';
export { LEAKY_SLOPE, activate, derivative } from './activations.js';
export { checkBatch, checkInput, checkShapes } from './shapes.js';
export { forward } from './forward.js';
export { backward } from './backward.js';
export { parameterCount } from './parameters.js';
export { selectBatch } from './batch.js';
export {
  augment,
  descentStep,
  linearPredict,
  linearRisk,
  linearRiskGradient,
  squareLoss,
  squareLossGradient,
} from './linear-model.js';
export type { LinearPoint } from './linear-model.js';
export {
  applyGradient,
  networkDescentStep,
  networkRisk,
  networkRiskGradient,
  networkSgdStep,
} from './network-risk.js';
export { nnReport } from './report.js';
export type { NnLayerReport, NnReport } from './report.js';
