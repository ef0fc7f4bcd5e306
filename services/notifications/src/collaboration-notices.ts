import type { Rules } from './rules';
import { deliver } from './delivery';
import type { Template } from './wording';

// Referrals and the consultation board: the collaboration service's notices name the member
// and what happened, never the referral, the thread or anyone's words, so the messages say
// that something is waiting and link to the member's own list in the portal.

export const COLLABORATION_RULES: Rules = {
  'referral.party_notice': (tx, data, event, now) =>
    deliver(
      tx,
      {
        kind: data.change === 'RECEIVED' ? 'REFERRAL_RECEIVED' : 'REFERRAL_UPDATE',
        sourceKey: event.id,
        facts: { change: data.change, urgency: data.urgency },
        audience: { accountIds: [data.accountId] },
      },
      now,
    ),
  'consultation.author_notice': (tx, data, event, now) =>
    deliver(
      tx,
      { kind: data.change === 'ANSWERED' ? 'CONSULTATION_ANSWERED' : 'CONSULTATION_SOLVING_ANSWER', sourceKey: event.id, facts: {}, audience: { accountIds: [data.accountId] } },
      now,
    ),
};

const URGENCY: Record<string, { label: string; mark: string }> = {
  ROUTINE: { label: '通常', mark: '' },
  SOON: { label: '早めの対応', mark: '【早めの対応】' },
  URGENT: { label: '至急', mark: '【至急】' },
};

const OUTCOME: Record<string, { title: string; text: string }> = {
  ACCEPTED: { title: 'お送りした広域連携の依頼が受けられました', text: 'お送りした広域連携の依頼を、依頼先のコーディネーターが受けました。今後の連絡はポータルの外で進めてください。' },
  DECLINED: { title: 'お送りした広域連携の依頼はすべての依頼先が辞退しました', text: 'お送りした広域連携の依頼は、すべての依頼先が辞退しました。ポータルで辞退の理由を確認し、ほかの依頼先をご検討ください。' },
  COMPLETED: { title: 'お送りした広域連携の依頼が完了しました', text: 'お送りした広域連携の依頼について、依頼先のコーディネーターが対応の完了を記録しました。' },
};

export const COLLABORATION_TEMPLATES = {
  REFERRAL_RECEIVED: (f) => {
    const urgency = URGENCY[f.urgency ?? ''] ?? URGENCY.ROUTINE!;
    return {
      title: `${urgency.mark}広域連携の依頼が届きました`,
      text: `あなたあての広域連携の依頼が届きました（緊急度: ${urgency.label}）。ポータルで内容を確認し、受けるかどうかをお答えください。`,
      path: '/referrals?received=true',
    };
  },
  REFERRAL_UPDATE: (f) => ({ ...(OUTCOME[f.change ?? ''] ?? { title: 'お送りした広域連携の依頼の状況が変わりました', text: 'お送りした広域連携の依頼の状況が変わりました。' }), path: '/referrals?sent=true' }),
  CONSULTATION_ANSWERED: () => ({
    title: 'ご質問に回答がありました',
    text: '相談掲示板のあなたのご質問に、新しい回答がありました。解決につながった回答があれば、ポータルで選んでください。',
    path: '/consultations?mine=true',
  }),
  CONSULTATION_SOLVING_ANSWER: () => ({
    title: 'あなたの回答が解決につながりました',
    text: '相談掲示板であなたの回答が、質問を解決した回答に選ばれました。ご協力ありがとうございます。',
    path: '/consultations?answeredByMe=true',
  }),
} satisfies Record<string, Template>;
