/** "missed by …" for a figure that should be at most `target` (or at least, with `atLeast`). */
export function distanceTo(
  value: number,
  target: number,
  options: { atLeast?: boolean; percent?: boolean } = {},
): string | undefined {
  const gap = options.atLeast ? target - value : value - target;
  if (gap <= 1e-9) return undefined;
  return options.percent ? `missed by ${(100 * gap).toFixed(1)} pts` : `missed by ${gap}`;
}
