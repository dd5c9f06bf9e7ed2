import { useEffect, useState } from 'react'
import { evaluate } from 'oih-checklist'
import type {} from 'oih-checklist/react'

export default function App() {
  const [level, setLevel] = useState('')
  useEffect(() => {
    evaluate({ answers: { opioid_use: 'current', allodynia: 'yes' } }).then((result) => setLevel(result.level))
  }, [])
  return (
    <main>
      <h1>Pain and opioids</h1>
      <oih-checklist lang="en" heading-level="2"></oih-checklist>
      <p id="api-level">{level}</p>
    </main>
  )
}
