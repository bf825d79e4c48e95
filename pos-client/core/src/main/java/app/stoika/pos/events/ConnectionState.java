package app.stoika.pos.events;

/** Whether change notifications are arriving. While DOWN, screens show what they last read. */
public enum ConnectionState {
    UP, DOWN
}
