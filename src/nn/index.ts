export { ACTIVATIONS, LOSSES } from './types.js';
export type { Activation, Arch, Backward, Forward, Loss, Network } from './types.js';
export { LEAKY_SLOPE, activate, activateLayer, derivative } from './activations.js';
export { forward } from './forward.js';
export { backward, type BackwardRules } from './backward.js';
export { trace, valueOf, type Trace, type TraceRules } from './trace.js';
export { evaluate, evaluationValue, type DataPoint, type Evaluation, type Reduce } from './evaluation.js';
export { lossGradient, lossValue } from './loss.js';
export { derivativeLayers, keyName, pathLayers, shortName, type NetworkValue, type Param, type Quantity, type ValueRef, type Wrt } from './quantity.js';
export { activateFlat, FlatTrace, layerSums, nodeSum, type FlatNetwork } from './flat-trace.js';
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
export { lossReport, riskReport, type LossLayerReport, type LossPointReport, type RiskReport } from './loss-report.js';
export { LAYOUTS, convert, transpose, type Layout } from './layout.js';
