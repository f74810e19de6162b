/** Byte counts for people: `512 bytes`, `1.5 KB`, `10 MB` (binary units). */
export function formatByteSize(bytes: number): string {
  const trim = (n: number): string => n.toFixed(1).replace(/\.0$/, '');
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / 1024 / 1024)} MB`;
}
