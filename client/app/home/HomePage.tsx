/** The home page: start a board, join one by link, find the ones opened before. */
import { useEffect, useState } from 'react'
import { forgetBoard, listBoards } from '../boardHistory'
import { Wordmark } from '../Logo'
import { CreateBoardForm } from './CreateBoardForm'
import { JoinByLinkForm } from './JoinByLinkForm'
import { RecentBoards } from './RecentBoards'
import '../../styles/home.css'

/** Landing page of a Plenary server. */
export function HomePage() {
  const [boards, setBoards] = useState(() => listBoards())

  useEffect(() => {
    document.title = 'Plenary'
  }, [])

  return (
    <div className="home">
      <header className="home__header">
        <Wordmark />
      </header>
      <main className="home__main">
        <section className="home__intro">
          <h1 className="home__headline">A shared board for your assembly</h1>
          <p className="home__lead">
            Everyone adds sticky notes at the same time, sees who else is in the room, and keeps the
            board for the minutes. Every note carries its author’s name and cooperative.
          </p>
        </section>
        <div className="home__cards">
          <CreateBoardForm />
          <JoinByLinkForm />
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
        <p>Plenary runs on your own server. A board opens only with one of its invite links.</p>
      </footer>
    </div>
  )
}
