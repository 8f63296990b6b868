/**
 * Number of trainable parameters (the dimension of the gradient) of a fully
 * connected network with these layer sizes, input layer first: a weight per
 * pair of nodes in adjacent layers, plus a bias per non-input node.
 */
export function parameterCount(layers: number[], biases: boolean): number {
  return layers.slice(1).reduce((sum, n, k) => sum + (layers[k] ?? 0) * n + (biases ? n : 0), 0);
}
