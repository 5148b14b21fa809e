/**
 * Making or changing one of a person's own routines: a name, where it is done, and steps, each with
 * words, a dose in seconds or repetitions, the sides, and a figure from the pose library (or none).
 */
import { useState } from 'react';
import { type PoseName, poseLibrary, poseNames } from '../../../../../shared/content/poses';
import { placements, sides } from '../../../../../shared/content/schema';
import type { OwnRoutine } from '../../../../../shared/content/user-routine';
import { api } from '../../../api';
import { StepFigure } from '../../../components/figure/StepFigure';
import { FormStatus, RadioChoices, SelectField, TextField } from '../../../components/form/Field';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { poseText } from '../../../content';
import { useMutation } from '../../../hooks/useMutation';
import { msgKey, t } from '../../../i18n/t';
import { formatLength } from '../../../lib/format';
import { hrefOf } from '../../../lib/route';
import { blankStep, draftOf, type EditorForm, formOf, type StepForm, snackFit } from './editor-model';

export function OwnRoutineEditor({ own }: { own: OwnRoutine | null }) {
  const [form, setForm] = useState<EditorForm>(() => formOf(own));
  const save = useMutation();
  const issue = (path: string) => save.error?.issues.find((i) => i.path === path)?.message ?? null;
  const setStep = (key: number, patch: Partial<StepForm>) =>
    setForm((f) => ({ ...f, steps: f.steps.map((st) => (st.key === key ? { ...st, ...patch } : st)) }));
  const poseOptions = [
    { value: '' as const, label: t('routines.own.editor.noPose') },
    ...poseNames
      .filter((n) => poseLibrary[n].place === form.place)
      .map((n) => ({ value: n, label: poseText(n).label })),
  ];
  const fit = snackFit(form);

  const submit = async () => {
    const draft = draftOf(form);
    const r = await save.run(
      () => api().invoke('routines.save', own ? { id: own.id, routine: draft } : { routine: draft }),
      () => t('routines.own.editor.saved'),
    );
    if (r.ok) window.location.hash = hrefOf('routines', r.value.id);
  };

  return (
    <form
      className="stack own-editor"
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <p>
        <a href={own ? hrefOf('routines', own.id) : hrefOf('routines')}>← {t('routines.back')}</a>
      </p>
      <ScreenHeader
        title={own ? t('routines.own.editor.editTitle') : t('routines.own.editor.newTitle')}
        intro={t('routines.own.editor.intro')}
      />
      <div className="card stack">
        <TextField
          label={t('routines.own.editor.name')}
          value={form.name}
          onChange={(name) => setForm((f) => ({ ...f, name }))}
          error={issue('routine.name')}
        />
        <RadioChoices
          label={t('routines.own.editor.place')}
          value={form.place}
          options={placements.map((p) => ({ value: p, label: t(msgKey('routines.own.editor.places', p)) }))}
          onChange={(place) =>
            // A figure from another place no longer fits: the steps keep their words, lose the figure.
            setForm((f) => ({
              ...f,
              place,
              steps: f.steps.map((st) =>
                st.pose && poseLibrary[st.pose].place !== place ? { ...st, pose: '' } : st,
              ),
            }))
          }
        />
      </div>
      <h2>{t('routines.own.editor.stepsTitle')}</h2>
      <ol className="own-steps stack">
        {form.steps.map((step, i) => {
          const at = `routine.steps.${i}`;
          return (
            <li key={step.key} className="card own-step">
              <fieldset>
                <legend>{t('routines.own.editor.step', { n: i + 1 })}</legend>
                <div className="own-step-body">
                  <div className="stack">
                    <TextField
                      label={t('routines.own.editor.instruction')}
                      rows={2}
                      value={step.instruction}
                      onChange={(instruction) => setStep(step.key, { instruction })}
                      error={issue(`${at}.instruction`)}
                    />
                    <div className="own-step-row">
                      <SelectField
                        label={t('routines.own.editor.dose')}
                        value={step.dose}
                        options={(['seconds', 'reps'] as const).map((d) => ({
                          value: d,
                          label: t(msgKey('routines.own.editor.doseKinds', d)),
                        }))}
                        onChange={(dose) => setStep(step.key, { dose })}
                      />
                      <TextField
                        label={t('routines.own.editor.amount')}
                        type="number"
                        min={step.dose === 'seconds' ? 3 : 1}
                        max={step.dose === 'seconds' ? 900 : 30}
                        value={step.amount}
                        onChange={(amount) => setStep(step.key, { amount })}
                        error={issue(`${at}.${step.dose}`) ?? issue(at)}
                      />
                      <SelectField
                        label={t('routines.own.editor.side')}
                        value={step.side}
                        options={sides.map((sd) => ({
                          value: sd,
                          label: t(msgKey('routines.own.editor.sides', sd)),
                        }))}
                        onChange={(side) => setStep(step.key, { side })}
                      />
                    </div>
                    <SelectField<PoseName | ''>
                      label={t('routines.own.editor.pose')}
                      value={step.pose}
                      options={poseOptions}
                      onChange={(pose) => setStep(step.key, { pose })}
                      error={issue(`${at}.pose`)}
                    />
                  </div>
                  {step.pose && (
                    <StepFigure className="own-step-figure" step={{ poses: [step.pose] }} side="none" />
                  )}
                </div>
                <div className="button-row">
                  {i > 0 && (
                    <button
                      type="button"
                      className="button small"
                      onClick={() =>
                        setForm((f) => {
                          const steps = [...f.steps];
                          const [moved] = steps.splice(i, 1);
                          if (moved) steps.splice(i - 1, 0, moved);
                          return { ...f, steps };
                        })
                      }
                    >
                      {t('routines.own.editor.moveUp', { n: i + 1 })}
                    </button>
                  )}
                  {form.steps.length > 1 && (
                    <button
                      type="button"
                      className="button small quiet"
                      onClick={() =>
                        setForm((f) => ({ ...f, steps: f.steps.filter((st) => st.key !== step.key) }))
                      }
                    >
                      {t('routines.own.editor.removeStep', { n: i + 1 })}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {form.steps.length < 12 && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => setForm((f) => ({ ...f, steps: [...f.steps, blankStep()] }))}
          >
            {t('routines.own.editor.addStep')}
          </button>
        </p>
      )}
      <p className="muted" data-testid="snack-fit">
        {Number.isFinite(fit.seconds) &&
          `${t('routines.own.editor.total', { duration: formatLength(fit.seconds) })} `}
        {fit.fit === 'fits'
          ? t('routines.own.editor.snackFits')
          : fit.fit === 'floor'
            ? t('routines.own.editor.floorNoSnack')
            : t('routines.own.editor.snackTooLong')}
      </p>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={save.busy}>
          {t('routines.own.editor.save')}
        </button>
        <a className="button" href={own ? hrefOf('routines', own.id) : hrefOf('routines')}>
          {t('routines.own.editor.cancel')}
        </a>
      </div>
      <FormStatus error={save.error?.message} note={save.note} testId="editor-status" />
    </form>
  );
}
