int sijil_fixture_net() {
    return 0;
}
