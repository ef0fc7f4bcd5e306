// My Number (個人番号): eleven digits and a check digit defined by ministerial ordinance. Checking it keeps
// ordinary twelve-digit numbers from being reported: only about one in ten passes by chance.

/** The check digit of the first eleven digits of a My Number. */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  // n counts from the rightmost of the eleven digits: weights n + 1 for n ≤ 6, n − 5 above.
  for (let n = 1; n <= 11; n++) {
    const digit = Number(first11[11 - n]);
    sum += digit * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Twelve digits whose last one is the check digit of the others. */
export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}
