/** Short readable seed ids: seedId('e', 7) is 'e007', seedId('h1-s', 12) is 'h1-s012'. */
export function seedId(prefix: string, number: number): string {
  return `${prefix}${String(number).padStart(3, '0')}`;
}
