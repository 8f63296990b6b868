import type { Loss } from './types.js';

/*
 * Losses of the network's output ŷ = a^(L) against a target y, and their
 * gradients dL/dŷ, from which the backward pass starts. `log` is ln unless a
 * slip swaps it (log10 for ln).
 */

export type Log = (v: number) => number;

/** L(ŷ, y) for one point. */
export function lossValue(loss: Loss, yhat: readonly number[], y: readonly number[], log: Log = Math.log): number {
  let sum = 0;
  switch (loss) {
    case 'square':
    case 'half-square':
      for (let k = 0; k < yhat.length; k++) sum += (yhat[k]! - (y[k] ?? 0)) ** 2;
      return loss === 'square' ? sum : sum / 2;
    case 'cross-entropy':
      // A zero target term is 0 even where ŷ_k = 0 (0 ln 0 is taken as 0).
      for (let k = 0; k < yhat.length; k++) if ((y[k] ?? 0) !== 0) sum -= y[k]! * log(yhat[k]!);
      return sum;
    case 'binary-cross-entropy': {
      const p = yhat[0] ?? Number.NaN;
      const t = y[0] ?? Number.NaN;
      return -((t === 0 ? 0 : t * log(p)) + (t === 1 ? 0 : (1 - t) * log(1 - p)));
    }
    default:
      return unknownLoss(loss);
  }
}

/** dL/dŷ_k for one point; `log` only scales the logarithmic losses (d log10(u) = du / (u ln 10)). */
export function lossGradient(loss: Loss, yhat: readonly number[], y: readonly number[], log: Log = Math.log): number[] {
  const scale = log(Math.E);
  switch (loss) {
    case 'square':
      return yhat.map((v, k) => 2 * (v - (y[k] ?? 0)));
    case 'half-square':
      return yhat.map((v, k) => v - (y[k] ?? 0));
    case 'cross-entropy':
      return yhat.map((v, k) => ((y[k] ?? 0) === 0 ? 0 : (-(y[k] ?? 0) / v) * scale));
    case 'binary-cross-entropy': {
      const p = yhat[0] ?? Number.NaN;
      const t = y[0] ?? Number.NaN;
      return [(-t / p + (1 - t) / (1 - p)) * scale];
    }
    default:
      return unknownLoss(loss);
  }
}

function unknownLoss(loss: never): never {
  throw new Error(`unknown loss: ${String(loss)}`);
}
