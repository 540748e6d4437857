import type { SessionState } from '../../../../../shared/model/session';
import { AgendaEditor } from './AgendaEditor';
import { GeneralForm } from './GeneralForm';
import { CategoriesEditor, RoundsForm, WorkingGroupsEditor } from './SmallEditors';
import { TablesEditor } from './TablesEditor';
import { TemplateFile } from './TemplateFile';

/** Preparing the evening; every part saves on its own with the command that replaces it. */
export function Prepare({ state }: { state: SessionState }) {
  return (
    <div className="prepare">
      <GeneralForm state={state} />
      <TablesEditor state={state} />
      <AgendaEditor state={state} />
      <RoundsForm state={state} />
      <CategoriesEditor state={state} />
      <WorkingGroupsEditor state={state} />
      <TemplateFile state={state} />
    </div>
  );
}
