int sijil_fixture_viewer() {
    return 0;
}
