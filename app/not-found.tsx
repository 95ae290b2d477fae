import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="card error-page">
      <h1>Not found</h1>
      <p>This page does not exist, or you are not a participant in the meeting it belongs to.</p>
      <Link href="/meetings">Back to your meetings</Link>
    </section>
  );
}
