// The review screens' strings in English; anything not translated here stays Vietnamese.
import { reviewVi, type ReviewMessages } from './review-vi.ts'

export const reviewEn: ReviewMessages = {
  ...reviewVi,
  listTitle: 'Review registrations',
  statusFilter: 'Status',
  status_all: 'All',
  status_pending: 'Pending',
  status_approved: 'Approved',
  status_returned: 'Returned',
  status_rejected: 'Rejected',
  loading: 'Loading…',
  loadMore: 'Load more',
  empty: 'No registrations.',
  offline: 'Cannot reach the server. Review needs a network connection.',
  collector: 'Collector',
  event: 'Event',
  participants: 'Participants',
  amount: 'Amount',
  collectedAt: 'Collected at',
  back: 'Back to the list',
  comment: 'Comment',
  commentHint: 'Required to return or reject: say what to fix, or why.',
  approve: 'Approve',
  return: 'Return',
  reject: 'Reject',
  decision_approve: 'Approve',
  decision_return: 'Return',
  decision_reject: 'Reject',
  conflict:
    'This registration changed (someone else decided or a new revision arrived). Reloaded — check again.',
}
