/** The organisers' results of forum feedback on their page (the list lives in features/feedback). */
import { FeedbackResults } from '../feedback/FeedbackResults.tsx';

export function EventFeedbackSection() {
  return <FeedbackResults />;
}
