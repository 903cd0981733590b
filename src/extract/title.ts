/**
 * The headline once, without " - Site Name" / " | Site Name" that <title> tags append.
 */
export function cleanTitle(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  let title = raw.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    title = title.replace(new RegExp(`\\s*[-–—|:·•]\\s*${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^${escaped}\\s*[-–—|:·•]\\s*`, 'i'), '');
  }
  return title || null;
}
