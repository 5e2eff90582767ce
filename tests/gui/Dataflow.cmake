# Included from tests/CMakeLists.txt: the File menu's data flow, external changes and single
# instance (QtTest, offscreen; built into test_gui), and the GUI kill test (label crash).
if(QUIETLEGS_BUILD_GUI)
    # The real app, SIGKILLed at random moments while it saves nights (about a minute).
    add_test(NAME "crash: SIGKILL the desktop app while it saves nights"
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/crash/gui-kill-test
                     $<TARGET_FILE:quietlegs> $<TARGET_FILE:quietlegs-cli> 60)
    set_tests_properties("crash: SIGKILL the desktop app while it saves nights"
                         PROPERTIES LABELS crash TIMEOUT 300)
endif()

# Not a test: renders the data-flow dialogs to PNG files (docs/images/).
if(QUIETLEGS_BUILD_GUI AND NOT QUIETLEGS_SANITIZE)
    add_executable(gui_dataflow_screenshots ${CMAKE_CURRENT_SOURCE_DIR}/gui/tools/DataflowScreenshots.cpp)
    target_link_libraries(gui_dataflow_screenshots PRIVATE quietlegs_gui Qt6::Test)
    target_compile_definitions(gui_dataflow_screenshots PRIVATE
        QUIETLEGS_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
endif()
