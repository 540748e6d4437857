import type { SessionState } from '../../../shared/model/session';
import { currentPhase } from '../../../shared/rules/phase';
import { useT } from '../i18n';
import { Timer } from './Timer';

/** What is happening now: the phase's title, kind, round, instruction and timer. */
export function PhaseNow({
  state,
  headingLevel = 2,
  large = false,
}: {
  state: SessionState;
  headingLevel?: 1 | 2;
  large?: boolean;
}) {
  const t = useT();
  const phase = currentPhase(state);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  if (state.status === 'ended') {
    return (
      <section className={large ? 'phase phase-large' : 'phase'} aria-label={t('phase.current')}>
        <Heading className="phase-title">{t('phase.ended')}</Heading>
      </section>
    );
  }
  if (phase === null) {
    return (
      <section className={large ? 'phase phase-large' : 'phase'} aria-label={t('phase.current')}>
        <Heading className="phase-title">{t('phase.none')}</Heading>
      </section>
    );
  }
  return (
    <section className={large ? 'phase phase-large' : 'phase'} aria-label={t('phase.current')}>
      <p className="phase-kind">
        {t(`kind.${phase.kind}`)}
        {phase.round !== null && <> · {t('phase.round', { round: phase.round })}</>}
      </p>
      {/* Only the title is live: the ticking timer must not be read out every second. */}
      <Heading className="phase-title" aria-live="polite">
        {phase.title}
      </Heading>
      {phase.instruction !== '' && <p className="phase-instruction">{phase.instruction}</p>}
      <Timer timer={state.timer} />
    </section>
  );
}
