"""What the presenter view's top line says of a key pressed on the wall ("said." keys), in
each language the room may read: on one screen the view covers the facilitator's window,
and the room reads its top line as it reads the question under it.

Shorter than the facilitator's status bar: the wall itself shows what a key did (the clock,
the cards); the top line confirms it and names the key that takes it back. What it cannot
say short, it leaves to the main window ("said.more"). The keys are named as each language's
keyboards label them (Strg in German).
"""

# ruff: noqa: E501, RUF001  (a sentence reads, and is translated, better on one line)

EN: dict[str, str] = {
    "said.function": "Notes count as {side} now ({keys}).",
    "said.key": "{ctrl}+{n} {side}",
    "said.ctrl": "Ctrl",
    "said.next": "The next notes count as {side}.",
    "said.next_back": "The next notes count as {side} ({ctrl}+{n} switches back to {before}).",
    "said.marked": "Marked as an open question ({ctrl}+Z undoes).",
    "said.asked": "Added as an open question ({ctrl}+Z unmarks it, {ctrl}+Z again takes it out).",
    "said.undone": "Undone ({ctrl}+Shift+Z redoes).",
    "said.redone": "Redone ({ctrl}+Z undoes).",
    "said.minutes": "{n} more minute for this round ({ctrl}+Z undoes).|{n} more minutes for this round ({ctrl}+Z undoes).",
    "said.replanned": "The rounds left are re-planned to end on time ({ctrl}+Z undoes).",
    "said.follows": "The wall follows the round on the clock again.",
    "said.pinned": "The wall shows round {n} until the next round starts (Shift+F5 again: back to the round on the clock).",
    "said.too_long": "A note can be at most {most} characters; this one has {n}. Split it into two notes.",
    "said.not_added": "Not added: the main window says why (Esc).",
    "said.more": "More in the main window (Esc).",
    "said.read_only": "Read-only: nothing can be changed here; the main window says why (Esc).",
}

DE: dict[str, str] = {
    "said.function": "Notizen zählen jetzt für {side} ({keys}).",
    "said.key": "{ctrl}+{n} {side}",
    "said.ctrl": "Strg",
    "said.next": "Die nächsten Notizen zählen für {side}.",
    "said.next_back": "Die nächsten Notizen zählen für {side} ({ctrl}+{n}: zurück zu {before}).",
    "said.marked": "Als offene Frage markiert ({ctrl}+Z macht es rückgängig).",
    "said.asked": "Als offene Frage hinzugefügt ({ctrl}+Z: Markierung aufheben, noch einmal: Notiz entfernen).",
    "said.undone": "Rückgängig gemacht ({ctrl}+Umschalt+Z stellt es wieder her).",
    "said.redone": "Wiederhergestellt ({ctrl}+Z macht es rückgängig).",
    "said.minutes": "{n} Minute mehr für diese Runde ({ctrl}+Z macht es rückgängig).|{n} Minuten mehr für diese Runde ({ctrl}+Z macht es rückgängig).",
    "said.replanned": "Übrige Runden neu geplant, um pünktlich zu enden ({ctrl}+Z macht es rückgängig).",
    "said.follows": "Die Wand folgt wieder der Runde auf der Uhr.",
    "said.pinned": "Die Wand zeigt Runde {n} bis zur nächsten Runde (Umschalt+F5: zurück zur Runde auf der Uhr).",
    "said.too_long": "Eine Notiz hat höchstens {most} Zeichen, diese hat {n}. Bitte auf zwei Notizen aufteilen.",
    "said.not_added": "Nicht hinzugefügt: Das Hauptfenster sagt, warum (Esc).",
    "said.more": "Mehr dazu im Hauptfenster (Esc).",
    "said.read_only": "Schreibgeschützt: Hier lässt sich nichts ändern; das Hauptfenster sagt, warum (Esc).",
}

FR: dict[str, str] = {
    "said.function": "Les notes comptent maintenant pour {side} ({keys}).",
    "said.key": "{ctrl}+{n} {side}",
    "said.ctrl": "Ctrl",
    "said.next": "Les notes suivantes comptent pour {side}.",
    "said.next_back": "Les notes suivantes comptent pour {side} ({ctrl}+{n}\u00a0: retour à {before}).",
    "said.marked": "Marquée comme question ouverte ({ctrl}+Z annule).",
    "said.asked": "Ajoutée comme question ouverte ({ctrl}+Z retire la marque, {ctrl}+Z encore supprime la note).",
    "said.undone": "Annulé ({ctrl}+Maj+Z rétablit).",
    "said.redone": "Rétabli ({ctrl}+Z annule).",
    "said.minutes": "{n} minute de plus pour ce tour ({ctrl}+Z annule).|{n} minutes de plus pour ce tour ({ctrl}+Z annule).",
    "said.replanned": "Les tours restants sont replanifiés pour finir à l’heure ({ctrl}+Z annule).",
    "said.follows": "Le mur suit de nouveau le tour en cours.",
    "said.pinned": "Le mur montre le tour {n} jusqu’au tour suivant (Maj+F5\u00a0: retour au tour en cours).",
    "said.too_long": "Une note fait au plus {most} caractères\u00a0; celle-ci en a {n}. Coupez-la en deux notes.",
    "said.not_added": "Pas ajoutée\u00a0: la fenêtre principale dit pourquoi (Échap).",
    "said.more": "Plus de détails dans la fenêtre principale (Échap).",
    "said.read_only": "Lecture seule\u00a0: rien ne peut être modifié ici\u00a0; la fenêtre principale dit pourquoi (Échap).",
}

ES: dict[str, str] = {
    "said.function": "Las notas cuentan ahora para {side} ({keys}).",
    "said.key": "{ctrl}+{n} {side}",
    "said.ctrl": "Ctrl",
    "said.next": "Las próximas notas cuentan para {side}.",
    "said.next_back": "Las próximas notas cuentan para {side} ({ctrl}+{n}: volver a {before}).",
    "said.marked": "Marcada como pregunta abierta ({ctrl}+Z deshace).",
    "said.asked": "Añadida como pregunta abierta ({ctrl}+Z quita la marca, {ctrl}+Z otra vez borra la nota).",
    "said.undone": "Deshecho ({ctrl}+Mayús+Z rehace).",
    "said.redone": "Rehecho ({ctrl}+Z deshace).",
    "said.minutes": "{n} minuto más para esta ronda ({ctrl}+Z deshace).|{n} minutos más para esta ronda ({ctrl}+Z deshace).",
    "said.replanned": "Las rondas que quedan se replanifican para terminar a tiempo ({ctrl}+Z deshace).",
    "said.follows": "La pared sigue otra vez la ronda del reloj.",
    "said.pinned": "La pared muestra la ronda {n} hasta la ronda siguiente (Mayús+F5: volver a la ronda del reloj).",
    "said.too_long": "Una nota tiene como máximo {most} caracteres; esta tiene {n}. Divídela en dos notas.",
    "said.not_added": "No añadida: la ventana principal dice por qué (Esc).",
    "said.more": "Más en la ventana principal (Esc).",
    "said.read_only": "Solo lectura: aquí no se puede cambiar nada; la ventana principal dice por qué (Esc).",
}
