// Whether a save of this form was refused (the form's checks or the rulebook's): from then on every field
// shows its error, visited or not. Not react-hook-form's submitCount, which also moves on a save that goes
// through, and would redraw every person's fields while the save is being written (#15: tap → committed).
import { createContext } from 'react'

export const SaveTriedContext = createContext(false)
