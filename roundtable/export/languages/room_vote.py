"""What the phone page says while the room votes on its themes from phones ("page.vote_"
keys), in English, German, French and Spanish: its vote box, and the laptop's answers to a
ballot (roundtable/server/voting.py); and the wall's line beside the code to scan ("room."
keys). Kept apart from room.py, which holds the rest of the
page's words, so each file stays readable; joined into the same catalogues.

German and French address the participant formally (Sie, vous), Spanish informally (tú),
as room.py does.
"""

# ruff: noqa: E501, RUF001  (a sentence reads, and is translated, better on one line)

EN: dict[str, str] = {
    # On the wall, beside the code to scan, while voting is open.
    "room.vote_join": "Vote on your phone: {dots} each, {voted}. Scan the code or open",
    "room.phones_voted": "{n} phone has voted|{n} phones have voted",
    # On the page.
    "page.vote_themes": "Themes to vote on",
    "page.vote_send": "Send my dots",
    # Said by the page's script.
    "page.vote_head": "Vote on the themes of round {n}",
    "page.vote_how": "You have {n} dot: give it to the theme that matters most, then send it.|You have {n} dots: give them to the themes that matter most (several to one if you like), then send them.",
    "page.vote_left": "{n} dot left|{n} dots left",
    "page.vote_add": "Give “{theme}” a dot",
    "page.vote_take": "Take a dot back from “{theme}”",
    "page.vote_sent": "Sent: your dots count. You can change them and send again until voting closes.",
    "page.vote_changed": "Changed: send your dots again to count these instead.",
    "page.vote_waiting": "Waiting to send your dots…",
    "page.vote_open_now": "Voting is open: give your dots, then send them.",
    "page.vote_closed_now": "Voting has closed. You can send notes again.",
    "page.vote_closed_unsent": "Voting has closed before your dots were sent: they were not counted.",
    "page.vote_refused": "Not counted: {why}",
    "page.vote_gone": "A theme was taken off the list: your dots on it are back.",
    "page.vote_pick_side": "Pick Sales, Marketing or Other first: your dots count for that side.",
    # The laptop's answers to a ballot.
    "page.vote_empty": "Give a theme at least one dot first.",
    "page.vote_closed": "Voting has closed, so these dots were not counted.",
    "page.vote_other": "That vote has closed and a new one is open: give your dots again and send them.",
    "page.vote_unknown": "A theme you gave a dot is no longer on the list: check your dots and send them again.",
    "page.vote_too_many": "You have {most} dots and this gives {n}: take some back, then send again.",
    "page.vote_not_a_ballot": "That was not a vote. Reload the page and try again.",
    "page.vote_not_saved": "The laptop could not save your dots just now. They stay here and are sent again soon.",
}

DE: dict[str, str] = {
    "room.vote_join": "Abstimmen per Handy: {dots} pro Person, {voted}. Code scannen oder Adresse öffnen:",
    "room.phones_voted": "{n} Handy hat abgestimmt|{n} Handys haben abgestimmt",
    "page.vote_themes": "Themen zur Abstimmung",
    "page.vote_send": "Meine Punkte senden",
    "page.vote_head": "Abstimmung über die Themen von Runde {n}",
    "page.vote_how": "Sie haben {n} Punkt: Geben Sie ihn dem Thema, das am meisten zählt, und senden Sie ihn.|Sie haben {n} Punkte: Verteilen Sie sie auf die Themen, die am meisten zählen (gern mehrere auf eines), und senden Sie sie.",
    "page.vote_left": "{n} Punkt übrig|{n} Punkte übrig",
    "page.vote_add": "„{theme}“ einen Punkt geben",
    "page.vote_take": "Einen Punkt von „{theme}“ zurücknehmen",
    "page.vote_sent": "Gesendet: Ihre Punkte zählen. Bis die Abstimmung endet, können Sie sie ändern und erneut senden.",
    "page.vote_changed": "Geändert: Senden Sie Ihre Punkte erneut, damit diese zählen.",
    "page.vote_waiting": "Ihre Punkte warten auf das Senden…",
    "page.vote_open_now": "Die Abstimmung ist offen: Verteilen Sie Ihre Punkte und senden Sie sie.",
    "page.vote_closed_now": "Die Abstimmung ist beendet. Sie können wieder Notizen senden.",
    "page.vote_closed_unsent": "Die Abstimmung endete, bevor Ihre Punkte gesendet waren: Sie wurden nicht gezählt.",
    "page.vote_refused": "Nicht gezählt: {why}",
    "page.vote_gone": "Ein Thema wurde von der Liste genommen: Ihre Punkte darauf sind zurück.",
    "page.vote_pick_side": "Wählen Sie zuerst Vertrieb, Marketing oder Sonstiges: Ihre Punkte zählen für diesen Bereich.",
    "page.vote_empty": "Geben Sie zuerst einem Thema mindestens einen Punkt.",
    "page.vote_closed": "Die Abstimmung ist beendet, diese Punkte wurden nicht gezählt.",
    "page.vote_other": "Diese Abstimmung ist beendet und eine neue ist offen: Verteilen Sie Ihre Punkte erneut und senden Sie sie.",
    "page.vote_unknown": "Ein Thema mit Ihrem Punkt steht nicht mehr auf der Liste: Prüfen Sie Ihre Punkte und senden Sie sie erneut.",
    "page.vote_too_many": "Sie haben {most} Punkte, hier sind es {n}: Nehmen Sie einige zurück und senden Sie erneut.",
    "page.vote_not_a_ballot": "Das war keine Stimme. Laden Sie die Seite neu und versuchen Sie es erneut.",
    "page.vote_not_saved": "Der Laptop konnte Ihre Punkte gerade nicht speichern. Sie bleiben hier und werden bald erneut gesendet.",
}

FR: dict[str, str] = {
    "room.vote_join": "Votez sur votre téléphone\u00a0: {dots} chacun, {voted}. Scannez le code ou ouvrez",
    "room.phones_voted": "{n} téléphone a voté|{n} téléphones ont voté",
    "page.vote_themes": "Thèmes soumis au vote",
    "page.vote_send": "Envoyer mes points",
    "page.vote_head": "Votez sur les thèmes de la manche {n}",
    "page.vote_how": "Vous avez {n} point : donnez-le au thème qui compte le plus, puis envoyez-le.|Vous avez {n} points : donnez-les aux thèmes qui comptent le plus (plusieurs au même si vous voulez), puis envoyez-les.",
    "page.vote_left": "{n} point restant|{n} points restants",
    "page.vote_add": "Donner un point à « {theme} »",
    "page.vote_take": "Reprendre un point à « {theme} »",
    "page.vote_sent": "Envoyé : vos points comptent. Vous pouvez les changer et les renvoyer jusqu’à la fin du vote.",
    "page.vote_changed": "Modifié : renvoyez vos points pour que ceux-ci comptent.",
    "page.vote_waiting": "Vos points attendent d’être envoyés…",
    "page.vote_open_now": "Le vote est ouvert : donnez vos points, puis envoyez-les.",
    "page.vote_closed_now": "Le vote est clos. Vous pouvez de nouveau envoyer des notes.",
    "page.vote_closed_unsent": "Le vote s’est clos avant l’envoi de vos points : ils n’ont pas été comptés.",
    "page.vote_refused": "Non compté : {why}",
    "page.vote_gone": "Un thème a été retiré de la liste : vos points dessus vous sont rendus.",
    "page.vote_pick_side": "Choisissez d’abord Ventes, Marketing ou Autre : vos points comptent pour ce côté.",
    "page.vote_empty": "Donnez d’abord au moins un point à un thème.",
    "page.vote_closed": "Le vote est clos : ces points n’ont pas été comptés.",
    "page.vote_other": "Ce vote est clos et un nouveau est ouvert : donnez de nouveau vos points et envoyez-les.",
    "page.vote_unknown": "Un thème auquel vous avez donné un point n’est plus sur la liste : vérifiez vos points et renvoyez-les.",
    "page.vote_too_many": "Vous avez {most} points et ceci en donne {n} : reprenez-en, puis renvoyez.",
    "page.vote_not_a_ballot": "Ce n’était pas un vote. Rechargez la page et réessayez.",
    "page.vote_not_saved": "L’ordinateur n’a pas pu enregistrer vos points pour l’instant. Ils restent ici et seront renvoyés bientôt.",
}

ES: dict[str, str] = {
    "room.vote_join": "Vota en tu móvil: {dots} cada uno, {voted}. Escanea el código o abre",
    "room.phones_voted": "{n} móvil ha votado|{n} móviles han votado",
    "page.vote_themes": "Temas para votar",
    "page.vote_send": "Enviar mis puntos",
    "page.vote_head": "Vota los temas de la ronda {n}",
    "page.vote_how": "Tienes {n} punto: dáselo al tema que más importa y envíalo.|Tienes {n} puntos: repártelos entre los temas que más importan (varios a uno si quieres) y envíalos.",
    "page.vote_left": "Te queda {n} punto|Te quedan {n} puntos",
    "page.vote_add": "Dar un punto a «{theme}»",
    "page.vote_take": "Quitar un punto a «{theme}»",
    "page.vote_sent": "Enviado: tus puntos cuentan. Puedes cambiarlos y enviarlos otra vez hasta que se cierre la votación.",
    "page.vote_changed": "Cambiado: envía tus puntos otra vez para que cuenten estos.",
    "page.vote_waiting": "Tus puntos esperan para enviarse…",
    "page.vote_open_now": "La votación está abierta: reparte tus puntos y envíalos.",
    "page.vote_closed_now": "La votación se ha cerrado. Puedes volver a enviar notas.",
    "page.vote_closed_unsent": "La votación se cerró antes de enviar tus puntos: no se contaron.",
    "page.vote_refused": "No contado: {why}",
    "page.vote_gone": "Se quitó un tema de la lista: tus puntos en él vuelven a ti.",
    "page.vote_pick_side": "Elige primero Ventas, Marketing u Otro: tus puntos cuentan para ese lado.",
    "page.vote_empty": "Primero da al menos un punto a un tema.",
    "page.vote_closed": "La votación se ha cerrado, así que estos puntos no se contaron.",
    "page.vote_other": "Esa votación se cerró y hay una nueva abierta: reparte tus puntos otra vez y envíalos.",
    "page.vote_unknown": "Un tema al que diste un punto ya no está en la lista: revisa tus puntos y envíalos otra vez.",
    "page.vote_too_many": "Tienes {most} puntos y esto da {n}: quita algunos y envía otra vez.",
    "page.vote_not_a_ballot": "Eso no era un voto. Vuelve a cargar la página e inténtalo de nuevo.",
    "page.vote_not_saved": "El portátil no pudo guardar tus puntos ahora. Se quedan aquí y se vuelven a enviar en breve.",
}
