import nodemailer from 'nodemailer';
import type { NotificationKind } from './kinds';
import type { MailRow, Store } from './store';
import { composeMail } from './templates';

export interface MailSettings {
  /** smtp://host:port (smtps:// for TLS), credentials in the URL if the server wants them. */
  smtpUrl: string;
  from: string;
  /** Where links in mails point. */
  portalUrl: string;
  unsubscribeUrl: (accountId: string, kind: NotificationKind) => string;
}

const BATCH = 100;
/** How long a sender holds a mail: past it, another takes the mail up again (it stopped mid-send). */
const LEASE_MS = 120_000;
const MAX_BACKOFF_MS = 3600_000;
/** A mail the server refuses for good (5xx) this many times is FAILED; anything else is retried. */
const MAX_REFUSALS = 5;

export const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));

export type SendOutcome = 'SENT' | 'DROPPED' | 'RETRY' | 'FAILED';

/**
 * Sends the due mails: each is claimed (SENDING, with a lease), sent over SMTP, then
 * settled. A mail goes to the address in the member's own profile only; none (or erased):
 * DROPPED. SMTP down: back to PENDING with an exponential back-off, nothing lost. A sender
 * that dies between the server's acceptance and settling leaves the mail to be sent again
 * after its lease, with the same Message-ID, so receivers can recognise the copy.
 */
export function createSender(store: Store, settings: MailSettings) {
  // Pooled connections (options in the URL's query, as nodemailer reads them).
  const url = new URL(settings.smtpUrl);
  url.searchParams.set('pool', 'true');
  url.searchParams.set('maxConnections', '8');
  const transport = nodemailer.createTransport(url.toString());

  async function send(mail: MailRow, contents: Awaited<ReturnType<Store['contentsOf']>>): Promise<{ outcome: SendOutcome; code?: string }> {
    const address = contents.addresses.find((a) => a.accountId === mail.accountId)?.email;
    const off = new Set(contents.optedOut.filter((o) => o.accountId === mail.accountId).map((o) => o.kind));
    const items = contents.items.filter((i) => i.mailId === mail.id && !off.has(i.kind));
    if (!address || items.length === 0) return { outcome: 'DROPPED', code: address ? 'NOTHING_TO_SEND' : 'NO_ADDRESS' };
    const content = composeMail(items, { portalUrl: settings.portalUrl, unsubscribeUrl: (kind) => settings.unsubscribeUrl(mail.accountId, kind) });
    try {
      await transport.sendMail({
        from: settings.from,
        to: address,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId: `<${mail.id}@notifications.portal>`,
        disableFileAccess: true,
        disableUrlAccess: true,
        headers: content.unsubscribe ? { 'List-Unsubscribe': `<${content.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      });
      return { outcome: 'SENT' };
    } catch (error) {
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      const refused = responseCode !== undefined && responseCode >= 500;
      return { outcome: refused && mail.attempts >= MAX_REFUSALS ? 'FAILED' : 'RETRY', code: responseCode ? String(responseCode) : (code ?? 'ERROR') };
    }
  }

  return {
    /** Sends what is due at `now`, batch after batch; returns the outcomes' counts. */
    async run(now: Date): Promise<Record<SendOutcome, number>> {
      const counts: Record<SendOutcome, number> = { SENT: 0, DROPPED: 0, RETRY: 0, FAILED: 0 };
      for (;;) {
        const leaseUntil = new Date(now.getTime() + LEASE_MS);
        const batch = await store.claimMails(now, leaseUntil, BATCH);
        if (batch.length === 0) return counts;
        const contents = await store.contentsOf(batch.map((m) => m.id));
        const sent: string[] = [];
        await Promise.all(
          batch.map(async (mail) => {
            const { outcome, code } = await send(mail, contents);
            counts[outcome]++;
            if (outcome === 'SENT') sent.push(mail.id);
            else if (outcome === 'RETRY') await store.settleMail(mail.id, leaseUntil, { state: 'PENDING', dueAt: new Date(now.getTime() + backoffMs(mail.attempts)), lastError: code });
            else await store.settleMail(mail.id, leaseUntil, { state: outcome, lastError: code ?? null });
          }),
        );
        await store.settleSent(sent, leaseUntil, now);
        // A failing server: the rest waits for its back-off instead of failing batch after batch now.
        if (counts.RETRY > 0) return counts;
      }
    },
    close: () => transport.close(),
  };
}

export type Sender = ReturnType<typeof createSender>;
