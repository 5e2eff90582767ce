# Included from tests/CMakeLists.txt: the File menu's data flow, external changes and single
# instance (QtTest, offscreen), and the GUI kill test (label crash).
if(QUIETLEGS_BUILD_GUI)
    add_executable(test_gui_dataflow ${CMAKE_CURRENT_SOURCE_DIR}/gui/dialogs/DataflowTests.cpp)
    set_target_properties(test_gui_dataflow PROPERTIES AUTOMOC ON)
    target_link_libraries(test_gui_dataflow PRIVATE quietlegs_gui Qt6::Test)
    target_compile_definitions(test_gui_dataflow PRIVATE
        QUIETLEGS_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
    quietlegs_qtest_functions(gui_dataflow_tests ${CMAKE_CURRENT_SOURCE_DIR}/gui/dialogs/DataflowTests.cpp)
    foreach(name IN LISTS gui_dataflow_tests)
        add_test(NAME "gui: ${name}" COMMAND test_gui_dataflow ${name})
        set_tests_properties("gui: ${name}" PROPERTIES LABELS gui
                             ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endforeach()

    # The real app, SIGKILLed at random moments while it saves nights (about a minute).
    add_test(NAME "crash: SIGKILL the desktop app while it saves nights"
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/crash/gui-kill-test
                     $<TARGET_FILE:quietlegs> $<TARGET_FILE:quietlegs-cli> 60)
    set_tests_properties("crash: SIGKILL the desktop app while it saves nights"
                         PROPERTIES LABELS crash TIMEOUT 300)
endif()

# Not a test: renders the data-flow dialogs to PNG files (docs/images/).
if(QUIETLEGS_BUILD_GUI)
    add_executable(gui_dataflow_screenshots ${CMAKE_CURRENT_SOURCE_DIR}/gui/tools/DataflowScreenshots.cpp)
    target_link_libraries(gui_dataflow_screenshots PRIVATE quietlegs_gui Qt6::Test)
    target_compile_definitions(gui_dataflow_screenshots PRIVATE
        QUIETLEGS_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
endif()
