"""The client's screens: title, main menu, new game, load game, settings, play (and, by the other client
engineer, replay and result). Each module holds one Screen subclass; import them where needed, lazily."""
