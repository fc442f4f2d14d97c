/** The form-level problem of an account or contact form, in the interface's language. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormErrors } from './formErrors.ts';
import './account.css';

export function FormProblemMessage({ errors }: { errors: FormErrors<string> }) {
  const { t } = useTranslation();
  if (!errors.problem) return null;
  return (
    <div className="form-problem" role="alert">
      <p>
        {errors.problem === 'unknown' && errors.detail
          ? errors.detail
          : t(`account.problem.${errors.problem}`)}
      </p>
      {errors.problem === 'emailTaken' && <Link to="/signin">{t('account.signIn')}</Link>}
      {errors.problem === 'sessionEnded' && <Link to="/signin">{t('account.signInAgain')}</Link>}
    </div>
  );
}
