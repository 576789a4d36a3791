import requests
import time

# Start video generation
response = requests.post(
    'http://localhost:5000/api/v1/generate',
    json={'text': 'Once upon a time, in a faraway land...'}
)
job_id = response.json()['job_id']

# Poll for status
while True:
    status_response = requests.get(f'http://localhost:5000/api/v1/status/{job_id}')
    status_data = status_response.json()

    if status_data['status'] in ['completed', 'failed']:
        break

    print(f"Progress: {status_data['progress']}% - {status_data['message']}")
    time.sleep(2)

# Download video if completed
if status_data['status'] == 'completed':
    video_response = requests.get(f'http://localhost:5000/api/v1/download/{job_id}')
    with open('output_video.mp4', 'wb') as f:
        f.write(video_response.content)
