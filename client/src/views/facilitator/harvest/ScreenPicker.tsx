import type { SessionState } from '../../../../../shared/model/session';

/** Placeholder: filled in by the harvest work (issue 18). */
export function ScreenPicker(_: { state: SessionState }) {
  return null;
}
