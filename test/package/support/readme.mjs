/** The fenced snippets of a Markdown text in `languages`, with the line each starts on. */
export function snippets(markdown, languages) {
  const found = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    if (languages.includes(open[1])) found.push({ language: open[1], line: i + 2, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}
