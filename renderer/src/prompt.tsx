import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { PromptWindow } from './prompt/PromptWindow';
import './styles/theme.css';
import './styles/base.css';
import './styles/components.css';
import './styles/player.css';
import './styles/prompt.css';

// Ask main for the state now, while React sets up; the window renders it as soon as both are ready.
const first = { state: api().invoke('state.get'), settings: api().invoke('settings.get') };
// The hooks attach their handlers on first render; mark the promises handled now so a quick failure is
// reported there (as an error state) and not also as an unhandled rejection.
first.state.catch(() => undefined);
first.settings.catch(() => undefined);
const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
createRoot(root).render(
  <StrictMode>
    <PromptWindow first={first} />
  </StrictMode>,
);
