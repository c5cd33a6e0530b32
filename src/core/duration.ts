const units: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30m", "24h", "7d" in milliseconds, or null when the text is not such a duration. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d{1,4})\s*([mhd])\s*$/i.exec(text);
  if (!match) return null;
  const ms = Number(match[1]) * units[match[2]!.toLowerCase()]!;
  return ms > 0 ? ms : null;
}
