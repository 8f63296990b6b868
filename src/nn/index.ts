export { ACTIVATIONS } from './types.js';
export type { Activation, Arch, Backward, Forward, Network } from './types.js';
export { LEAKY_SLOPE, activate, derivative } from './activations.js';
export { forward } from './forward.js';
export { backward, type BackwardRules } from './backward.js';
export { trace, valueOf, type Trace } from './trace.js';
export { derivativeLayers, keyName, pathLayers, shortName, type Quantity, type ValueRef, type Wrt } from './quantity.js';
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
export { nnReport } from './report.js';
export type { NnLayerReport, NnReport } from './report.js';
