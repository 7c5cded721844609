import "server-only";
import type { Transporter } from "nodemailer";
import type { Database } from "@/db/client";
import { insertOutboxMessage } from "@/db/queries/mail";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export type MailOptions = {
  /** When the message is written to the outbox. */
  at: Date;
  /** An SMTP URL (smtp://user:pass@host:587, smtps://…); without one the message goes to the outbox. */
  smtpUrl?: string;
  from?: string;
};

const DEFAULT_FROM = "Linkshare <no-reply@linkshare.invalid>";
const transports = new Map<string, Promise<Transporter>>();

// nodemailer is loaded only when a deployment sends real mail.
function transport(smtpUrl: string): Promise<Transporter> {
  let made = transports.get(smtpUrl);
  if (!made) {
    made = import("nodemailer").then((nodemailer) => nodemailer.createTransport(smtpUrl));
    transports.set(smtpUrl, made);
  }
  return made;
}

/**
 * The one way the portal sends e-mail: through SMTP_URL when it is set, otherwise into the outbox
 * table, which an admin reads at /admin/outbox (the demo and the tests need no mail server).
 * Sent mail is not kept: the outbox would otherwise hold live reset links of real users.
 */
export async function sendMail(
  db: Database,
  message: MailMessage,
  { at, smtpUrl = process.env.SMTP_URL, from = process.env.MAIL_FROM || DEFAULT_FROM }: MailOptions,
): Promise<"smtp" | "outbox"> {
  if (!smtpUrl) {
    await insertOutboxMessage(db, { ...message, createdAt: at });
    return "outbox";
  }
  await (await transport(smtpUrl)).sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
  return "smtp";
}
