/**
 * A report file fetched with the facilitator's token as a Bearer header (never in a URL), then
 * handed to the browser: saved under the server's file name, or opened in a window.
 */
export async function fetchFile(url: string, token: string): Promise<{ blob: Blob; name: string }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(String(res.status));
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await res.blob(), name };
}

export function saveFile({ blob, name }: { blob: Blob; name: string }): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The printable page in a new window: opened on the click (a later open is blocked), filled when
 * it arrived. False when the file could not be fetched; a blocked window is the browser's to say.
 */
export async function openFile(url: string, token: string): Promise<boolean> {
  const win = window.open('', '_blank');
  try {
    const file = await fetchFile(url, token);
    if (win === null) return true;
    win.location.href = URL.createObjectURL(file.blob);
    return true;
  } catch {
    win?.close();
    return false;
  }
}
