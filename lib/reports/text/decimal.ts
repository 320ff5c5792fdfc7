// Shared decimal rounding/formatting for figures printed into official documents.
// GB/T 15835 wants plain Arabic numerals, so no grouping separators are ever added.

const MAX_DIGITS = 6;

/**
 * Rounds half away from zero to `digits` decimals (0–6).
 * Shifting via the decimal string ("1.005e2") instead of multiplying avoids binary
 * artefacts such as 1.005 * 100 === 100.49999…, which would round the wrong way.
 */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new RangeError(`digits must be an integer 0..${MAX_DIGITS}: ${digits}`);
  }
  const abs = Math.abs(value);
  let rounded: number;
  if (abs >= 1e15) {
    // Doubles this large have no fractional precision left to round.
    rounded = abs;
  } else {
    // Shift the decimal point in the exponent form, which every magnitude has (String() switches to it
    // below 1e-6, and "5e-7e2" would be NaN).
    const [mantissa, exponent] = abs.toExponential().split("e");
    rounded = Number(`${Math.round(Number(`${mantissa}e${Number(exponent) + digits}`))}e-${digits}`);
  }
  // Normalise -0 so it never prints as "-0".
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Rounds to at most `maxDigits` decimals and drops trailing zeros: 12.50 → "12.5", 86.00 → "86". */
export function formatDecimal(value: number, maxDigits: number): string {
  const rounded = roundHalfAwayFromZero(value, maxDigits);
  // toFixed switches to exponent notation from 1e21 on, which no document should print.
  if (Math.abs(rounded) >= 1e21) throw new RangeError(`number too large to print: ${value}`);
  const fixed = rounded.toFixed(maxDigits);
  return maxDigits === 0 ? fixed : fixed.replace(/\.?0+$/, "");
}
