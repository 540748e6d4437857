import { nanoid } from 'nanoid';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { CardKind, type SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useLiveConnection } from '../../net/useConnection';
import { FollowUpFields, type FollowUpDraft, followUpOf, NO_FOLLOW_UP } from '../../components/Recommendation';

/** Tags used at this table so far, most used first: one tap to reuse. */
function knownTags(state: SessionState, tableId: string): string[] {
  const counts = new Map<string, number>();
  for (const card of Object.values(state.cards)) {
    if (card.tableId !== tableId) continue;
    for (const tag of card.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/**
 * Fast capture: type, press Enter, and the card is there (marked unsent until the server has it);
 * the field stays focused for the next one. The kind and tags are one tap each and start fresh
 * for every card; a recommendation also asks who takes it on and by when (both may wait). The card id is made here, so a re-send can never add the card twice.
 */
export function Capture({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const id = useId();
  const connection = useLiveConnection();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CardKind>('idea');
  const [tags, setTags] = useState<string[]>([]);
  const [followUp, setFollowUp] = useState<FollowUpDraft>(NO_FOLLOW_UP);
  const [newTag, setNewTag] = useState('');
  const [extraTags, setExtraTags] = useState<string[]>([]);
  const input = useRef<HTMLTextAreaElement>(null);
  // Closed when the rules take no card from this table now (before the start, after the end).
  const ended = !useCan(state)({ type: 'card.add', cardId: 'probe', tableId, text: '?' }).ok;
  const offered = [...new Set([...knownTags(state, tableId), ...extraTags])];

  const add = () => {
    const value = text.trim();
    if (value === '' || ended) return;
    void connection.send({
      type: 'card.add',
      cardId: nanoid(),
      tableId,
      kind,
      text: value,
      tags,
      ...(kind === 'recommendation' ? followUpOf(followUp) : {}),
    });
    setText('');
    setKind('idea');
    setTags([]);
    setFollowUp(NO_FOLLOW_UP);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    }
  };

  const toggleTag = (tag: string) =>
    setTags((current) =>
      current.includes(tag)
        ? current.filter((x) => x !== tag)
        : current.length < LIMITS.tagsPerCard
          ? [...current, tag]
          : current,
    );

  const addTag = () => {
    const tag = newTag.trim().slice(0, LIMITS.tag);
    if (tag === '') return;
    setExtraTags((x) => (x.includes(tag) ? x : [...x, tag]));
    if (!tags.includes(tag)) toggleTag(tag);
    setNewTag('');
  };

  return (
    <section className="panel host-capture" aria-label={t('host.addLabel')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <fieldset className="host-kinds">
          <legend>{t('host.kind.legend')}</legend>
          {CardKind.options.map((k) => (
            <label key={k} className={kind === k ? 'host-kind host-kind-on' : 'host-kind'}>
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`host.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={id}>{t('host.addLabel')}</label>
          <textarea
            id={id}
            ref={input}
            className="host-input"
            rows={3}
            maxLength={LIMITS.cardText}
            value={text}
            disabled={ended}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            // The one field the host came for.
            autoFocus
          />
          {/* Greyed out without a word would look broken: say why the field is closed. */}
          <p id={`${id}-hint`} className={ended ? 'hint host-closed' : 'hint'}>
            {ended && state.status === 'ended'
              ? t('host.closed.ended')
              : ended && state.status === 'draft'
                ? t('host.closed.notYet')
                : t('host.addHint')}
          </p>
        </div>
        {kind === 'recommendation' && (
          <FollowUpFields idPrefix={`${id}-rec`} value={followUp} onChange={setFollowUp} disabled={ended} />
        )}
        <details className="host-tags">
          <summary>
            {t('host.tags.legend')}
            {tags.length > 0 && <>: {tags.join(', ')}</>}
          </summary>
          {offered.length > 0 && (
            <div className="buttons" role="group" aria-label={t('host.tags.legend')}>
              {offered.map((tag) => (
                <button
                  key={tag}
                  type="button"
                  className={tags.includes(tag) ? 'chip chip-on' : 'chip'}
                  aria-pressed={tags.includes(tag)}
                  onClick={() => toggleTag(tag)}
                >
                  {tag}
                </button>
              ))}
            </div>
          )}
          <div className="host-tag-new">
            <label htmlFor={`${id}-tag`}>{t('host.tags.new')}</label>
            <input
              id={`${id}-tag`}
              type="text"
              maxLength={LIMITS.tag}
              value={newTag}
              onChange={(e) => setNewTag(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTag();
                }
              }}
            />
            <button type="button" onClick={addTag}>
              {t('host.tags.add')}
            </button>
          </div>
          {tags.length >= LIMITS.tagsPerCard && (
            <p className="hint">{t('host.tags.max', { count: LIMITS.tagsPerCard })}</p>
          )}
        </details>
        <button type="submit" className="primary host-add" disabled={ended || text.trim() === ''}>
          {t('host.add')}
        </button>
      </form>
    </section>
  );
}
