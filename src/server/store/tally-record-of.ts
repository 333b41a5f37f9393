import type { Registration } from '../../domain/index.ts'

/**
 * The part of a registration `tallyCampaign` reads — no names, phones, receipts or notes — stored with each
 * revision in `registrations.tally_record` so a report never parses or ships the full records.
 */
// The result is cast: it is a Registration for everything the tally reads, and nothing else may read it.
export function tallyRecordOf(r: Registration): Registration {
  return {
    id: r.id,
    revision: r.revision,
    eventId: r.eventId,
    collectedAt: r.collectedAt,
    payment: r.payment && { amountCollected: r.payment.amountCollected },
    participants: r.participants.map((p) => ({
      idNumber: p.idNumber,
      ...(p.vsi ? { vsi: p.vsi } : {}),
      ...(p.hi ? { hi: p.hi } : {}),
      services: p.services,
      address: {
        provinceCode: p.address.provinceCode,
        ...(p.address.communeCode !== undefined ? { communeCode: p.address.communeCode } : {}),
        commune: p.address.commune,
      },
    })),
  } as unknown as Registration
}
