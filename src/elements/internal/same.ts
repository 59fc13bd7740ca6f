/** Whether two lists of inputs are the same, item by item (`===`): a memo key compare. */
export function same(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((v, i) => v === b[i]);
}
