/**
 * Two TIMEX3 values agree when every position both specify is equal: "XXXX-XX-XXT06:12" and
 * "2023-03-03T06:12", "2023-03" and "2023-03-03". Week-based and calendar values are never compared
 * ("2023-W10" says nothing checkable about "2023-03-07" without a calendar, and guessing invents conflicts).
 */
export function timesAgree(x: string, y: string): boolean {
  if (x.includes('W') !== y.includes('W')) return false;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i] && x[i] !== 'X' && y[i] !== 'X') return false;
  return true;
}
