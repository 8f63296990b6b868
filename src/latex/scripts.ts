/**
 * Unicode has raised and lowered forms for digits, + - = ( ) and some
 * letters. A script whose every character has one is raised or lowered;
 * any other is written `^x` or `^(...)`, as in ASCII mode. ℓ borrows the
 * modifier l (ˡ, ₗ) so W⁽ˡ⁾ᵢⱼ reads without a caret.
 */
const SUP_FROM =
  '0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW' + 'αβγδεθιφχℓ\'′*∗⊤';
const SUP_TO =
  '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ' + 'ᵅᵝᵞᵟᵋᶿᶥᵠᵡˡ′′**ᵀ';
const SUB_FROM = '0123456789+-−=()aehijklmnoprstuvxβγρφχℓ';
const SUB_TO = '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪₗ';

function zipMap(from: string, to: string): ReadonlyMap<string, string> {
  const f = [...from];
  const t = [...to];
  if (f.length !== t.length) throw new Error(`script table mismatch: ${f.length} vs ${t.length}`);
  return new Map(f.map((c, i) => [c, t[i] ?? c]));
}

const SUP = zipMap(SUP_FROM, SUP_TO);
const SUB = zipMap(SUB_FROM, SUB_TO);

function shift(text: string, table: ReadonlyMap<string, string>): string | null {
  let out = '';
  for (const ch of text) {
    const mapped = table.get(ch);
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/** `(1)` and `ij` need no parentheses after ^ or _; `-z` and `i=1` do. */
export function wrapScript(text: string): string {
  if (/^[A-Za-z0-9]+$/.test(text) || [...text].length === 1) return text;
  if (/^\([^()]*\)$/.test(text)) return text;
  return `(${text})`;
}

export interface ScriptTexts {
  base: string;
  sub: string | null;
  sup: string | null;
  /** Σ and friends take their limits below first: Σᵢ₌₁ⁿ. */
  bigop: boolean;
  ascii: boolean;
}

/**
 * Base and scripts as one string. A one-character subscript stays by its
 * base (a₁⁽¹⁾, node 1 of a⁽¹⁾); a longer one, an entry index, follows the
 * superscript (W⁽²⁾₂₂, entry 22 of W⁽²⁾), which also keeps `W^(2)_22`
 * unambiguous in ASCII, where `W_22^(2)` would not be.
 */
export function attachScripts(s: ScriptTexts): string {
  const sub = s.sub === null ? '' : scriptText(s.sub, SUB, '_', s.ascii);
  const sup = s.sup === null ? '' : scriptText(s.sup, SUP, '^', s.ascii);
  const short = s.sub !== null && [...s.sub].length <= 1;
  return s.bigop || short ? s.base + sub + sup : s.base + sup + sub;
}

function scriptText(text: string, table: ReadonlyMap<string, string>, mark: string, ascii: boolean): string {
  if (text === '') return '';
  const shifted = ascii ? null : shift(text, table);
  return shifted ?? mark + wrapScript(text);
}

function invert(table: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  // An ASCII character (the `*` of x^*) is no raised form to undo.
  for (const [plain, shifted] of table) if (!out.has(shifted) && /[^\x00-\x7f]/.test(shifted)) out.set(shifted, plain);
  return out;
}

/** Raised and lowered characters back to plain ones, for ASCII folding. */
export const UNSUP = invert(SUP);
export const UNSUB = invert(SUB);
