/**
 * Text with Markdown inline code (`like this`) shown as <code>. Everything stays text:
 * React escapes it, nothing is parsed as HTML.
 */
export function InlineCode({ text }: { readonly text: string }) {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: show it as written.
  const paired = parts.length % 2 === 1;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && (paired || i < parts.length - 1) ? (
          <code key={i}>{part}</code>
        ) : (
          <span key={i}>{i % 2 === 1 ? `\`${part}` : part}</span>
        ),
      )}
    </>
  );
}
