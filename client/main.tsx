/** Entry point: mounts the app shell. */
import './app/zodConfig'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './i18n/i18n'
import './styles/base.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html must contain an element with id "root"')

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
