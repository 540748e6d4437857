import type { SessionState } from '../../../../../shared/model/session';
import { GroupResultsPanel } from './GroupResultsPanel';
import { ScreenPicker } from './ScreenPicker';
import { SuggestionsPanel } from './SuggestionsPanel';
import { ThemesBoard } from './ThemesBoard';
import { WordCloudPanel } from './WordCloudPanel';
import './harvest.css';

/**
 * The wrap-up's synthesis: themes across the tables on the left, what helps to make them
 * (suggestions, the word cloud) and what the room sees and thinks (screen, votes by group) beside.
 */
export function HarvestTab({ state }: { state: SessionState }) {
  return (
    <div className="harvest">
      <div className="harvest-main">
        <ThemesBoard state={state} />
      </div>
      <div className="harvest-side">
        <SuggestionsPanel state={state} />
        <ScreenPicker state={state} />
        <GroupResultsPanel state={state} />
        <WordCloudPanel state={state} />
      </div>
    </div>
  );
}
