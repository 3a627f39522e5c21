/**
 * Spreads an amount over open balances in the order given (oldest due first, as the
 * several-invoice payment form lists them): each takes what it owes until the amount runs
 * out; what is left over stays as the partner's credit. Exact (minor units). Client-safe:
 * the form fills its rows with it, and the server checks every row again under the
 * invoices' locks (lib/invoicing/payments.ts).
 */
export function spreadOldestFirst(amountMinor: bigint, balances: readonly bigint[]): bigint[] {
  let left = amountMinor > 0n ? amountMinor : 0n;
  return balances.map((balance) => {
    const take = balance < left ? balance : left;
    left -= take;
    return take;
  });
}
