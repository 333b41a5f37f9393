// PLACEHOLDER owned by the sync/review helper: replace the bodies, keep the exports.
export function ReviewListScreen() {
  return <main>Review</main>
}

export function ReviewDetailScreen({ id }: { id: string }) {
  return <main>Review {id}</main>
}
