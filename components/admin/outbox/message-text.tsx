import { Fragment } from "react";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/;

/**
 * A message's plain text with its web addresses as links, so the admin can follow a reset link
 * from the outbox. The HTML part is never rendered: text is all the admin needs, and it cannot run.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <div className="whitespace-pre-wrap break-words font-mono text-sm leading-6 text-slate-800">
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all text-brand-700 underline">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </div>
  );
}
