/** The home page: start a board, join one by link, create a community, find the boards opened before. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguagePicker } from '../../i18n/LanguagePicker'
import { forgetBoard, listBoards } from '../boardHistory'
import { Wordmark } from '../Logo'
import { CreateBoardForm } from './CreateBoardForm'
import { CreateCommunityForm } from './CreateCommunityForm'
import { JoinByLinkForm } from './JoinByLinkForm'
import { RecentBoards } from './RecentBoards'
import '../../styles/home.css'

/** Landing page of a Plenary server. */
export function HomePage() {
  const { t } = useTranslation()
  const [boards, setBoards] = useState(() => listBoards())

  useEffect(() => {
    document.title = 'Plenary'
  }, [])

  return (
    <div className="home">
      <header className="home__header">
        <Wordmark />
        <LanguagePicker className="home__language" />
      </header>
      <main className="home__main">
        <section className="home__intro">
          <h1 className="home__headline">{t('home.headline')}</h1>
          <p className="home__lead">{t('home.lead')}</p>
        </section>
        <div className="home__cards">
          <CreateBoardForm />
          <JoinByLinkForm />
          <CreateCommunityForm />
        </div>
        <RecentBoards
          boards={boards}
          onForget={(id) => {
            forgetBoard(id)
            setBoards(listBoards())
          }}
        />
      </main>
      <footer className="home__footer">
        <p>{t('home.footer')}</p>
      </footer>
    </div>
  )
}
