import { strFromU8, unzipSync } from 'fflate';

/** Reads a .docx back: the paragraphs' text and their style (Heading1, Title…), from word/document.xml. */
export function docxParagraphs(buffer: Uint8Array): { style: string | null; text: string }[] {
  const files = unzipSync(buffer);
  const xml = strFromU8(files['word/document.xml']!);
  const out: { style: string | null; text: string }[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null;
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
    out.push({ style, text });
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCharCode(Number(e.slice(1))),
  );
}
