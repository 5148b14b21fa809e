import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PromptWindow } from './prompt/PromptWindow';
import './styles/theme.css';
import './styles/base.css';
import './styles/components.css';
import './styles/player.css';
import './styles/prompt.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
createRoot(root).render(
  <StrictMode>
    <PromptWindow />
  </StrictMode>,
);
