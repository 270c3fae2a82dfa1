import { SeedReader } from './SeedReader';
import { SourceIndex } from './SourceIndex';

/**
 * The reader page: `?seed=<id>` shows that translation, `&quote=<text>` marks the passage a card
 * cited; with no seed it lists the source articles.
 */
export function App() {
  const params = new URLSearchParams(location.search);
  const seedId = params.get('seed');
  return seedId ? <SeedReader seedId={seedId} quote={params.get('quote')} /> : <SourceIndex />;
}
