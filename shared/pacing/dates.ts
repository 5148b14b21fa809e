/** Ordering of "YYYY-MM-DD" dates (they sort as strings). */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}
